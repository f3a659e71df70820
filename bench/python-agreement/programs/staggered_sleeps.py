"""A relay: each stage waits for the previous one's Event, sleeps, then signals the next."""
import threading
import time

first_done = threading.Event()
second_done = threading.Event()
finished = 0


def stage_one():
    time.sleep(0.02)
    first_done.set()


def stage_two():
    first_done.wait()
    time.sleep(0.03)
    second_done.set()


def stage_three():
    global finished
    second_done.wait()
    time.sleep(0.01)
    finished = 1


stages = [threading.Thread(target=stage_one), threading.Thread(target=stage_two), threading.Thread(target=stage_three)]
for stage in stages:
    stage.start()
for stage in stages:
    stage.join()
print("finished:", finished)
