import threading
rl = threading.RLock()
depth_seen = 0
def inner():
    global depth_seen
    with rl:
        depth_seen += 1
def outer():
    with rl:
        inner()
ts = [threading.Thread(target=outer) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(depth_seen)
