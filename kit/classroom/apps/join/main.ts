// The student phone app (/join): the public deck's slides as markup, taken at build time.
import { outline } from 'virtual:classroom-outline'
import { loaders } from 'virtual:classroom-phone-slides'
import { createApp } from 'vue'
import { reloadOnNewBuild } from '../../../slides/reloadOnNewBuild'
import StudentApp from '../../components/StudentApp.vue'
import 'virtual:deck-fonts.css'
import '../phone.css'
// The deck's rules first: the phone's column rules override its canvas sizes.
import 'virtual:classroom-phone-slides.css'
import '../phoneSlide.css'

// A class restarted on a new build (an edit between two runs of `present --lan`) leaves phones on
// the old app, whose slide chunks are gone: the phone loads the new one instead of a blank slide.
reloadOnNewBuild(window)
const loadSlide = (no: number): Promise<string[]> => loaders[no]?.() ?? Promise.resolve([])
createApp(StudentApp, { outline, loadSlide }).mount('#app')
