batch = [1, 2, 3]
left = -1


def flush():
    global batch
    batch = []


flush()
left = len(batch)
