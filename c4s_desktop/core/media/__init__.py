"""Media formats read by the app itself, without Qt: WebVTT subtitles."""
