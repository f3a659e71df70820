"""A Pipe has no feeder: send() writes the pipe, so poll() right after it is True (imports)."""
import multiprocessing

if __name__ == "__main__":
    left, right = multiprocessing.Pipe()
    left.send(7)
    ready = int(right.poll())
    value = right.recv()
    print(ready, value)
