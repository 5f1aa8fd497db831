"""Search entries carry facets (kind and cities as index words) instead of a city list,
so the full-text index answers kind and city filters; on PostgreSQL a trigger fills the
tsvector and the terms are no longer kept beside it."""

from importlib import import_module

from django.db import migrations, models

PREVIOUS = import_module("filmhub.migrations.0005_search_index").SQL

SQL = {
    "sqlite": {
        "forward": [
            """CREATE VIRTUAL TABLE filmhub_searchentry_fts USING fts5(
                title_terms, body_terms, facets,
                content='filmhub_searchentry', content_rowid='id',
                tokenize='porter unicode61'
            )""",
            # A title match counts ten times a body match; facets add nothing to rank.
            "INSERT INTO filmhub_searchentry_fts(filmhub_searchentry_fts, rank) "
            "VALUES ('rank', 'bm25(10.0, 1.0, 0.0)')",
            """CREATE TRIGGER filmhub_searchentry_fts_insert AFTER INSERT ON filmhub_searchentry
            BEGIN
                INSERT INTO filmhub_searchentry_fts(rowid, title_terms, body_terms, facets)
                VALUES (new.id, new.title_terms, new.body_terms, new.facets);
            END""",
            """CREATE TRIGGER filmhub_searchentry_fts_delete AFTER DELETE ON filmhub_searchentry
            BEGIN
                INSERT INTO filmhub_searchentry_fts(
                    filmhub_searchentry_fts, rowid, title_terms, body_terms, facets
                ) VALUES ('delete', old.id, old.title_terms, old.body_terms, old.facets);
            END""",
            """CREATE TRIGGER filmhub_searchentry_fts_update AFTER UPDATE ON filmhub_searchentry
            BEGIN
                INSERT INTO filmhub_searchentry_fts(
                    filmhub_searchentry_fts, rowid, title_terms, body_terms, facets
                ) VALUES ('delete', old.id, old.title_terms, old.body_terms, old.facets);
                INSERT INTO filmhub_searchentry_fts(rowid, title_terms, body_terms, facets)
                VALUES (new.id, new.title_terms, new.body_terms, new.facets);
            END""",
            "INSERT INTO filmhub_searchentry_fts(filmhub_searchentry_fts) VALUES ('rebuild')",
        ],
        "backward": PREVIOUS["sqlite"]["backward"],
    },
    "postgresql": {
        "forward": [
            "ALTER TABLE filmhub_searchentry ADD COLUMN search_vector tsvector",
            # Title terms weigh A, body terms B, facets D (queries look for facets only
            # there). Once in the tsvector the terms are emptied: the index needs them
            # no longer, and keeping them would store the text a second time. Only a
            # write that sets the terms fills the vector, so other updates keep it.
            """CREATE FUNCTION filmhub_searchentry_vectorise() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                NEW.search_vector :=
                    setweight(to_tsvector('english'::regconfig, NEW.title_terms), 'A')
                    || setweight(to_tsvector('english'::regconfig, NEW.body_terms), 'B')
                    || setweight(to_tsvector('simple'::regconfig, NEW.facets), 'D');
                NEW.title_terms := '';
                NEW.body_terms := '';
                RETURN NEW;
            END
            $$""",
            """CREATE TRIGGER filmhub_searchentry_vectorise
            BEFORE INSERT OR UPDATE OF title_terms, body_terms, facets
            ON filmhub_searchentry
            FOR EACH ROW EXECUTE FUNCTION filmhub_searchentry_vectorise()""",
            "UPDATE filmhub_searchentry SET facets = facets",
            "CREATE INDEX filmhub_searchentry_vector ON filmhub_searchentry "
            "USING gin (search_vector)",
        ],
        "backward": [
            # The terms are gone from the rows: rebuild_search_index refills them.
            "DROP INDEX IF EXISTS filmhub_searchentry_vector",
            "DROP TRIGGER IF EXISTS filmhub_searchentry_vectorise ON filmhub_searchentry",
            "DROP FUNCTION IF EXISTS filmhub_searchentry_vectorise()",
            "ALTER TABLE filmhub_searchentry DROP COLUMN IF EXISTS search_vector",
        ],
    },
}


def run_sql(sql, direction):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            # Rows rewritten by this migration leave deferred foreign-key checks pending,
            # and PostgreSQL refuses to alter the table until they have run.
            schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        for statement in sql.get(schema_editor.connection.vendor, {}).get(direction, []):
            schema_editor.execute(statement, params=None)

    return run


def facets_from_cities(apps, schema_editor):
    City = apps.get_model("filmhub", "City")
    SearchEntry = apps.get_model("filmhub", "SearchEntry")
    city_ids = dict(City.objects.values_list("slug", "pk"))
    for entry in SearchEntry.objects.only("kind", "cities"):
        words = [f"kind{entry.kind}"]
        words += [f"city{city_ids[slug]}" for slug in entry.cities.split() if slug in city_ids]
        entry.facets = " ".join(words)
        entry.save(update_fields=["facets"])


def cities_from_facets(apps, schema_editor):
    City = apps.get_model("filmhub", "City")
    SearchEntry = apps.get_model("filmhub", "SearchEntry")
    slugs = {f"city{pk}": slug for pk, slug in City.objects.values_list("pk", "slug")}
    for entry in SearchEntry.objects.only("facets"):
        entry.cities = " " + "".join(f"{slugs[w]} " for w in entry.facets.split() if w in slugs)
        entry.save(update_fields=["cities"])


class Migration(migrations.Migration):
    dependencies = [
        ("filmhub", "0005_search_index"),
    ]

    operations = [
        migrations.RunPython(run_sql(PREVIOUS, "backward"), run_sql(PREVIOUS, "forward")),
        migrations.AddField(
            model_name="searchentry",
            name="facets",
            field=models.CharField(blank=True, max_length=1000),
        ),
        migrations.RunPython(facets_from_cities, cities_from_facets),
        migrations.RemoveField(model_name="searchentry", name="cities"),
        migrations.RunPython(run_sql(SQL, "forward"), run_sql(SQL, "backward")),
    ]
