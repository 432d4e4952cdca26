@echo off
rem 绩效 WPS 加载项：安装到当前用户（离线，无需管理员权限）。
chcp 65001 >nul
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0install-windows.ps1"
pause
