# a Thread subclass whose run() wraps Thread.run, which calls the target
import threading

log = []


def job(n):
    log.append(n)


class Traced(threading.Thread):
    def run(self):
        log.append("before")
        super().run()
        log.append("after")


t = Traced(target=job, args=(7,))
t.start()
t.join()
print(log)
