# Double-checked config reload: readers take a fast path when the generation matches, else reload under the lock.
import threading
from dataclasses import dataclass, field


@dataclass
class Config:
    generation: int = 0
    values: dict = field(default_factory=dict)


config = Config()
reload_lock = threading.Lock()
reloads = 0
seen = []
wanted_generation = 1


def load_values(generation):
    return {"timeout": 10 * generation, "retries": generation + 2}


def ensure_current():
    global reloads
    if config.generation == wanted_generation:
        return config.values
    with reload_lock:
        if config.generation != wanted_generation:
            config.values = load_values(wanted_generation)
            config.generation = wanted_generation
            reloads += 1
    return config.values


def reader(name):
    values = ensure_current()
    with reload_lock:
        seen.append(values["timeout"])


threads = [threading.Thread(target=reader, args=(f"r{i}",)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()

generation = config.generation
print("reloads", reloads, "seen", seen, "generation", generation)
