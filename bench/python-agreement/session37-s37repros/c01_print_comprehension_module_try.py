"""`print([parse(t) for t in texts])` at the module's top inside `try`, `parse` raising on a bad text."""
log = []
texts = ["1", "x", "3"]


def parse(text):
    return int(text)


try:
    print([parse(t) for t in texts])
except ValueError:
    log.append("bad")
print(log)
