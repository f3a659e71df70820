# CPython 3.11.7, 10 runs: ok items[0]=('job', 2) len(items)=1 len(out)=2 out[0]=none out[1]=0 (10 of 10). weft explore (s19silent): 2 outcome(s), complete; CPython's among them (not predicted: 0). weft-start: missed CPython's state under "complete".
import threading
items = []
out = []
def take():
    name = "none"
    count = 0
    if items:
        name, count = items.pop()
    out.append(name)
    out.append(count)
def give():
    items.append(("job", 2))
a = threading.Thread(target=take); b = threading.Thread(target=give)
a.start(); b.start(); a.join(); b.join()
