"""The pack catalog: publishing verified packs and serving their files by content."""
