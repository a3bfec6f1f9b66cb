"""The text stage: a source text (front matter and body) and its loader."""
