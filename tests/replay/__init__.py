"""The replay web: real saved news pages served under their real URLs on 127.0.0.1."""
