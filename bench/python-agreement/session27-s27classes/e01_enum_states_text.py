# Enum states of workers: set, compared with `is`, `==`, `is not`, `in`, printed, `.name`, `.value`.
import enum
import threading


class State(enum.Enum):
    NEW = "new"
    RUNNING = "running"
    DONE = "done"


lock = threading.Lock()
current = State.NEW
transitions = 0


class Worker(threading.Thread):
    def __init__(self, name: str) -> None:
        super().__init__(name=name)
        self.state = State.NEW

    def run(self) -> None:
        global current, transitions
        self.state = State.RUNNING
        with lock:
            if current is not State.RUNNING:
                current = State.RUNNING
                transitions += 1
        seen = self.state
        if seen is not State.NEW:
            self.state = State.DONE


workers = [Worker(f"w{i}") for i in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
done_count = sum(1 for w in workers if w.state is State.DONE)
running_seen = 1 if current == State.RUNNING else 0
first_text = f"{workers[0].state}"
current_text = str(current)
current_name = current.name
current_value = current.value
literal_name = State.DONE.name
literal_value = State.NEW.value
print(current)
print(f"done={done_count} current={current} name={current_name} value={current_value}")
assert done_count == 2
assert first_text == "State.DONE"
