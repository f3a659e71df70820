import threading
from multiprocessing.pool import ThreadPool
done = []
def work():
    done.append(1)
with ThreadPool(1) as tp:
    tp.apply(work)
threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
labels = [t.name for t in threads]
print(labels)
