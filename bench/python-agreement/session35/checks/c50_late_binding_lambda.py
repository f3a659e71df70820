"""Thread targets made as lambdas in a loop read the loop variable when they run (late binding)."""
import threading

seen = []
threads = []
for i in range(3):
    t = threading.Thread(target=lambda: seen.append(i))
    threads.append(t)
    t.start()
for t in threads:
    t.join()
print(seen)
