# check: a module-level loop builds a table that threads read; the loop variable stays bound after it
import threading

table = {}
for n in range(1, 4):
    table[f"k{n}"] = n * n
last_n = n
out = []


def work(key):
    out.append(table[key] + last_n)


threads = [threading.Thread(target=work, args=(k,)) for k in ("k1", "k3")]
for t in threads:
    t.start()
    t.join()
print(out, len(table))
