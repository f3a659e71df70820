# dict.fromkeys(keys, []) shares one list among the keys.
import threading

buckets = dict.fromkeys(["a", "b"], [])
n = 0


def work():
    global n
    buckets["a"].append(1)
    n = len(buckets["b"])


t = threading.Thread(target=work)
t.start()
t.join()
print(n)
