"""A beginner's bug: t.run() instead of t.start() runs the target in the main thread, in order."""
import threading

order = []


def work(n):
    order.append(n)


threads = [threading.Thread(target=work, args=(n,)) for n in range(3)]
for t in threads:
    t.run()
order.append("main")
print(order)
