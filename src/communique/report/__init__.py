"""Reports over the archive: corpus results written as Markdown."""
