# check: a local bound only inside a while body that never runs (the condition is shared state): UnboundLocalError
import threading

pending = []
out = []


def drain():
    while pending:
        last = pending.pop()
    out.append(last)


t = threading.Thread(target=drain)
t.start()
t.join()
print(out)
