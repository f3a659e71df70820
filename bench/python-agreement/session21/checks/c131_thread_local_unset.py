# threading.local: a value main set is not seen by another thread (AttributeError there), and main keeps its own
import threading

ctx = threading.local()
ctx.user = "main"
seen = []


def handle():
    try:
        seen.append(ctx.user)
    except AttributeError:
        seen.append("unset")
    ctx.user = "worker"


t = threading.Thread(target=handle)
t.start()
t.join()
mine = ctx.user
print(seen, mine)
