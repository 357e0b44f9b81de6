"""Developer tools that generate files of the package from the ontology."""
