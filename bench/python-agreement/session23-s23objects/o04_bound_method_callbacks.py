import threading

done = threading.Event()
saved = []


class Notifier:
    def __init__(self, callback):
        self.callback = callback

    def fire(self, value):
        self.callback(value)


notifier = Notifier(saved.append)
workers = [threading.Thread(target=notifier.fire, args=(n,)) for n in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
timer = threading.Timer(0.01, done.set)
timer.start()
done.wait()
finished = 1 if done.is_set() else 0
print(sorted(saved), finished)
