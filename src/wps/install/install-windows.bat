@echo off
rem Jixiao WPS add-in: installs for the current user, offline, no administrator rights needed.
rem See README (WPS add-in). The work is done by install-windows.ps1 next to this file.
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0install-windows.ps1"
pause
