-- One database per stateful service (DESIGN.md): no service reads another's.
CREATE DATABASE achievement;
CREATE DATABASE matching;
CREATE DATABASE deal;
