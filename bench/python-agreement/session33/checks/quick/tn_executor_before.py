import threading
from concurrent.futures import ThreadPoolExecutor
done = []
def work():
    done.append(1)
with ThreadPoolExecutor(1) as ex:
    ex.submit(work)
threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
labels = [t.name for t in threads]
print(labels)
