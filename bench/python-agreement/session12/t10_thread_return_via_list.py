import threading
results = [0] * 3
def compute(i):
    results[i] = i * i
threads = [threading.Thread(target=compute, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sum(results))
