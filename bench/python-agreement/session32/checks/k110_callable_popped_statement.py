# A task list of (function, argument) pairs popped under a lock and called as a statement.
import threading

tasks = []
lock = threading.Lock()
done = []


def greet(name):
    done.append("hi " + name)


def shout(name):
    done.append(name.upper())


tasks.append((greet, "ann"))
tasks.append((shout, "bo"))


def worker():
    while True:
        with lock:
            if not tasks:
                return
            fn, arg = tasks.pop(0)
        fn(arg)


t = threading.Thread(target=worker)
t.start()
t.join()
print(done)
