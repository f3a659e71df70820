# BUG: consumers check q.empty() and then call q.get(); two can pass the check for the last item and one blocks
import queue
import threading

q = queue.Queue()
for n in range(3):
    q.put(n)

got = {"w0": [], "w1": []}
errors = []


def drain(name):
    while not q.empty():
        try:
            item = q.get(timeout=0.1)
        except queue.Empty:
            errors.append(name)  # lost the race for the last item
            break
        got[name].append(item)


ws = [threading.Thread(target=drain, args=(f"w{i}",)) for i in range(2)]
for w in ws:
    w.start()
for w in ws:
    w.join()

total_items = len(got["w0"]) + len(got["w1"])
print("got:", got)
print("total_items:", total_items, "errors:", len(errors))
