import threading

out = []
threads = [threading.Thread(target=lambda: out.append(k)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(out)
