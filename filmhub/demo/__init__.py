"""Demo content: a small, coherent film-city site built from the seed documents' facts."""
