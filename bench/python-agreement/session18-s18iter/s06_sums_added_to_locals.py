# bug: lost update: two threads add their counts to a shared total without a lock; each count is a local
# built with += of generator sums over a split and over a range known only at run time.
# CPython 3.11 (10 runs): 11 every run; weft explore: complete, total=11 and the lost updates 8 and 3.
import threading
total = 0
def job(line, low, high):
    global total
    found = 1
    found += sum(len(w) for w in line.split())
    found += sum(n for n in range(low, high) if n % 2)
    total += found
ts = [threading.Thread(target=job, args=("ab c", 0, 5)), threading.Thread(target=job, args=("d", 1, 2))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total)
