"""Build a reference site from Vietnamese articles on provincial police Party congresses and reviews."""
