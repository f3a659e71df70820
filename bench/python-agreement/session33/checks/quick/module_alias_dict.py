import threading
stats = {'n': 0}
view = stats
def f():
    view['n'] += 1
t = threading.Thread(target=f)
t.start()
t.join()
print(stats['n'])
