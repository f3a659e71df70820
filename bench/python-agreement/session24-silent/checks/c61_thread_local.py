import threading

data = threading.local()
seen = []


def work(n):
    data.value = n
    seen.append(data.value * 10)


threads = [threading.Thread(target=work, args=(n,)) for n in [1, 2]]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = sum(seen)
print(total)
