"""Main walks a module dict of constants by key while a thread counts: no RuntimeError possible."""
import threading

RATES = {"eur": 2, "usd": 3}
seen = 0
count = 0


def bump():
    global count
    count += 1


t = threading.Thread(target=bump)
t.start()
for code in RATES.keys():
    seen += RATES[code]
t.join()
print(seen, count)
