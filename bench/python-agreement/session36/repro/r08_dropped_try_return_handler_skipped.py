"""Silent error (r02's family, with a lost side effect): the idiom `try: return int(text)` / `except
ValueError: log.append(...); return None`, called as a statement: CPython runs the handler (the log
gets the entry); weft evaluates nothing of the dropped `return int(text)`, so nothing raises and the
handler never runs.

CPython 3.11 (every run): log = ['bad:x']
weft (start binary of session 36): "complete", one outcome, len(log) = 0

With the value kept (`b = parse("x")`) it agrees, and so does `value = int(text)` in the `try` with the
`return value` after it. The matrix of checks/dropped (place `try_except`) maps it with the others.
"""
log = []


def parse(text):
    try:
        return int(text)
    except ValueError:
        log.append("bad:" + text)
        return None


parse("x")
print(log)
