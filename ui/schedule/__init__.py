"""日程: the week of sessions, the session dialog, and the attention list."""
