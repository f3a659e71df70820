# Module-level loops over globals bound before: a loop of items, a dict walk, an unpacked pair, a
# loop broken early, a name bound again after the loop; the final globals are each loop's last item.
import threading

word = "start"
key = "none"
first = 0
found = "none"
after = "none"
results = {}


def fill():
    results["x"] = 1
    results["y"] = 2


t = threading.Thread(target=fill)
t.start()
t.join()
for word in ["alpha", "beta"]:
    pass
for key in results:
    pass
for first, _second in [(1, 2), (3, 4)]:
    pass
for found in ["a", "b", "c"]:
    if found == "b":
        break
for after in ["p", "q"]:
    pass
after = after + "!"
