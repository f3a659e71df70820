import threading
totals = []
def work(values):
    evens = [v for v in values if v % 2 == 0]
    pairs = list(zip(values, values[1:]))
    totals.append((sum(evens), any(v > 8 for v in values), all(v > 0 for v in values), len(pairs), max(values, default=-1), pairs[0]))
    for i, v in enumerate(values):
        if v == 7:
            totals.append(i)
t = threading.Thread(target=work, args=([3, 7, 4, 10, 7],))
t.start(); t.join()
print(totals)
