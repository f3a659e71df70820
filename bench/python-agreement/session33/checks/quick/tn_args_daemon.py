import threading
done = []
def work(n):
    done.append(n)
threads = [threading.Thread(target=work, args=(i,), daemon=True) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
labels = [t.name for t in threads]
print(labels)
