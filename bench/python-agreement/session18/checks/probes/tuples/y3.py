import threading

batch = [1, 2, 3]
flushed = 0


def flush():
    global batch, flushed
    flushed = len(batch)
    batch = []


t = threading.Thread(target=flush)
t.start()
t.join()
left = len(batch)
