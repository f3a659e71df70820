# Check: a KeyError in one of two threads: that thread dies, the other finishes, main ends normally. Bug: missing key (uncaught in a thread).
import threading

prices = {"tea": 3}
total = 0
lock = threading.Lock()


def buy(item, n):
    global total
    cost = prices[item] * n
    with lock:
        total += cost


threads = [threading.Thread(target=buy, args=("tea", 2)), threading.Thread(target=buy, args=("cake", 1))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"total={total}")
