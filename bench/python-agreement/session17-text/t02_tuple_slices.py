"""A request tuple split into its head and the rest by slicing (t[1:], t[:2], t[-1]); two workers race
on `last_rest`."""
import threading

last_rest = ()
heads = 0


def handle(request):
    global last_rest, heads
    head = request[0]
    rest = request[1:]
    heads += head
    last_rest = rest[::-1] + request[:1]


threads = [threading.Thread(target=handle, args=(r,)) for r in ((1, "get", "/a"), (2, "put", "/b"))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(last_rest, heads)
