"""Prints crates/pyimport/src/translate/library_attributes.txt's names: every attribute name (less
dunder names) of the standard library's objects and modules weft's import follows, as this CPython's
dir() lists them. Run with CPython 3.11: python3 bench/python-agreement/library-attributes.py"""
import asyncio
import collections
import concurrent.futures as cf
import contextvars
import dataclasses
import functools
import itertools
import multiprocessing as mp
import multiprocessing.pool as mpp
import queue
import random
import threading
import time

if __name__ == "__main__":
    objects = [
        str, bytes, list, dict, set, frozenset, tuple, int, float, bool, type(None), collections.deque,
        collections.Counter, collections.defaultdict, collections.OrderedDict, queue.Queue, queue.PriorityQueue,
        queue.LifoQueue, queue.SimpleQueue, threading.Thread, threading.Lock().__class__,
        threading.RLock().__class__, threading.Condition, threading.Semaphore, threading.BoundedSemaphore,
        threading.Event, threading.Barrier, threading.Timer, threading.local, asyncio.Queue,
        asyncio.PriorityQueue, asyncio.LifoQueue, asyncio.Lock, asyncio.Event, asyncio.Condition,
        asyncio.Semaphore, asyncio.BoundedSemaphore, asyncio.Barrier, asyncio.Task, asyncio.Future,
        asyncio.TaskGroup, asyncio.AbstractEventLoop, asyncio.Timeout, cf.Future, cf.ThreadPoolExecutor,
        cf.ProcessPoolExecutor, mpp.Pool, mpp.AsyncResult, mp.Process, mp.Queue().__class__,
        mp.Event().__class__, mp.Manager().__class__, random.Random, contextvars.ContextVar, itertools.count,
        BaseException,
    ]
    names = set()
    for made in objects:
        names |= {name for name in dir(made) if not name.startswith("__")}
    for module in (threading, queue, asyncio, cf, mp, random, time, itertools, functools, collections, dataclasses):
        names |= {name for name in dir(module) if not name.startswith("_")}
    print("\n".join(sorted(names)))
