# the common repeating-timer recipe: a Timer subclass whose run() loops on finished.wait(interval)
import threading
import time

ticks = []


class RepeatTimer(threading.Timer):
    def run(self):
        while not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)


def tick():
    ticks.append(1)


timer = RepeatTimer(0.01, tick)
timer.start()
time.sleep(0.035)
timer.cancel()
timer.join()
count = len(ticks)
print(count)
