# A module-level set display read in a `while` test and an `if` of a thread, beside a set that main
# fills at run time.
import threading

STOP = {"quit", "exit"}
commands = ["go", "run", "quit", "go"]
done = []


def consumer():
    position = 0
    while commands[position] not in STOP:
        done.append(commands[position])
        position += 1


t = threading.Thread(target=consumer)
t.start()
t.join()
print(done, "exit" in STOP)
