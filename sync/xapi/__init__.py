"""The xAPI statements resource: storing, comparing and querying statements."""
