-- wrk script for http_bench.py: GET the paths listed in a file, one a line, in turn.
--
--   wrk -t2 -c8 -d5s -s benchmarks/paths.lua http://127.0.0.1:8000 -- paths.txt
--
-- Each thread goes round the list from its own starting point. Responses that are not
-- 2xx are counted, and so are page-cache hits (an "X-Cache: hit" header). done() prints
-- one JSON line: requests, seconds, rps, p50/p95/p99 latency in milliseconds, non_2xx,
-- socket_errors and cache_hits, summed over every thread.

local threads = {}

function setup(thread)
   thread:set("id", #threads)
   table.insert(threads, thread)
end

function init(args)
   prepared = {}
   for path in io.lines(args[1]) do
      if path ~= "" then
         table.insert(prepared, wrk.format("GET", path))
      end
   end
   assert(#prepared > 0, "no paths in " .. args[1])
   -- Threads start far apart in the list, not in step on the same path.
   position = math.floor(id * 0.618 * #prepared) % #prepared
   non_2xx = 0
   cache_hits = 0
end

function request()
   position = position % #prepared + 1
   return prepared[position]
end

function response(status, headers, body)
   if status < 200 or status > 299 then
      non_2xx = non_2xx + 1
   end
   if headers["X-Cache"] == "hit" then
      cache_hits = cache_hits + 1
   end
end

function done(summary, latency, requests)
   local non_2xx, cache_hits = 0, 0
   for _, thread in ipairs(threads) do
      non_2xx = non_2xx + thread:get("non_2xx")
      cache_hits = cache_hits + thread:get("cache_hits")
   end
   local errors = summary.errors
   local seconds = summary.duration / 1e6
   io.write(string.format(
      '{"requests": %d, "seconds": %.3f, "rps": %.1f, "p50_ms": %.2f, "p95_ms": %.2f, '
         .. '"p99_ms": %.2f, "non_2xx": %d, "socket_errors": %d, "cache_hits": %d}\n',
      summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(95) / 1000,
      latency:percentile(99) / 1000, non_2xx,
      errors.connect + errors.read + errors.write + errors.timeout, cache_hits
   ))
end
