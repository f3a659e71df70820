"""The drained list is also kept under another name (`view = pending`): after the swap `view` still holds
the old items in Python, so the swap stays refused."""
pending = [1, 2]
view = pending


def flush():
    global pending
    batch, pending = pending, []
    return len(batch)


n = flush()
print(n, len(view), len(pending))
